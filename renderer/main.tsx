import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { App } from './app/App';
import { checkTypingNow } from './store/actions';
import { startAttachmentWatch } from './store/attachments';
import { startAutosave } from './store/autosave';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startAutosave();
  startAttachmentWatch();
  // Leaving a field shows its messages at once, without waiting for the typing pause.
  document.addEventListener('focusout', checkTypingNow);
}
