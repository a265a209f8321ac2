import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { App } from './app/App';
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
}
