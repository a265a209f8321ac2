import { useEffect } from 'react';
import { useStore } from '../store/store';
import { CloseDialog } from './CloseDialog';
import { Editor } from './Editor';
import { PrintView } from './PrintView';
import { NoticeBar } from './NoticeBar';
import { VerifyDialog } from './PackageDialog';
import { StartScreen } from './StartScreen';
import { useShortcuts } from './shortcuts';
import { useWindowState } from './window-state';

export function App() {
  const hasDoc = useStore((s) => s.doc !== null);
  const verifying = useStore((s) => s.exportDialog === 'verify');
  const printing = useStore((s) => s.printing && s.doc !== null);
  useShortcuts();
  useWindowState();
  useEffect(() => {
    document.documentElement.lang = 'it';
  }, []);
  return (
    <>
      <a className="visually-hidden-focusable skiplink" href="#contenuto">Vai al contenuto</a>
      <NoticeBar />
      {printing ? <PrintView /> : hasDoc ? <Editor /> : <StartScreen />}
      {verifying && <VerifyDialog />}
      <CloseDialog />
    </>
  );
}
