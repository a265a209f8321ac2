import { markTouched, setSearchOpen } from '../store/actions';
import { pointerOfElement } from '../fields/dom-id';
import { useStore } from '../store/store';
import { IssuesPanel } from './IssuesPanel';
import { PackageDialog } from './PackageDialog';
import { ReplyDialog } from './ReplyDialog';
import { SearchDialog } from './SearchDialog';
import { DeadlineBanner } from './DeadlineBanner';
import { EditorHeader } from './EditorHeader';
import { SaveAsDialog } from './SaveAsDialog';
import { Sidebar } from './Sidebar';
import { StepView } from './StepView';

/** The guided editor: steps on the left, the current step on the right. */
export function Editor() {
  const saveAsOpen = useStore((s) => s.saveAsOpen);
  const searchOpen = useStore((s) => s.searchOpen);
  const issuesOpen = useStore((s) => s.issuesOpen);
  const exportDialog = useStore((s) => s.exportDialog);
  return (
    <div className="editor">
      <EditorHeader />
      <DeadlineBanner />
      <div className="editor-body">
        <Sidebar />
        <main id="contenuto" className="step" tabIndex={-1} onBlur={(e) => { const p = pointerOfElement(e.target); if (p) markTouched(p); }}>
          <StepView />
        </main>
        {issuesOpen && <IssuesPanel />}
      </div>
      {saveAsOpen && <SaveAsDialog />}
      {searchOpen && <SearchDialog onClose={() => setSearchOpen(false)} />}
      {exportDialog === 'package' && <PackageDialog />}
      {exportDialog === 'reply' && <ReplyDialog />}
    </div>
  );
}
