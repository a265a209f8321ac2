import { useEffect } from 'react';
import { useStore } from '../store/store';
import { Editor } from './Editor';
import { NoticeBar } from './NoticeBar';
import { VerifyDialog } from './PackageDialog';
import { StartScreen } from './StartScreen';
import { useShortcuts } from './shortcuts';
import { useWindowState } from './window-state';

export function App() {
  const hasDoc = useStore((s) => s.doc !== null);
  const verifying = useStore((s) => s.exportDialog === 'verify');
  useShortcuts();
  useWindowState();
  useEffect(() => {
    document.documentElement.lang = 'it';
  }, []);
  return (
    <>
      <a className="visually-hidden-focusable skiplink" href="#contenuto">Vai al contenuto</a>
      <NoticeBar />
      {hasDoc ? <Editor /> : <StartScreen />}
      {verifying && <VerifyDialog />}
    </>
  );
}
