import { useStore } from '../store/store';
import { EditorHeader } from './EditorHeader';
import { SaveAsDialog } from './SaveAsDialog';
import { Sidebar } from './Sidebar';
import { StepView } from './StepView';

/** The guided editor: steps on the left, the current step on the right. */
export function Editor() {
  const saveAsOpen = useStore((s) => s.saveAsOpen);
  return (
    <div className="editor">
      <EditorHeader />
      <div className="editor-body">
        <Sidebar />
        <main id="contenuto" className="step" tabIndex={-1}>
          <StepView />
        </main>
      </div>
      {saveAsOpen && <SaveAsDialog />}
    </div>
  );
}
