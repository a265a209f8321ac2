/**
 * Everything a component may do: dispatch a core action to the document, move around, talk to the
 * rest of Proposta. Components import from here; only this folder imports `api` or writes the store.
 */
export { checkTypingNow, closeDocument, dispatch, redo, undo } from './document';
export { discardRecovery, loadStartLists, newFromStarter, openFrom, reportWindowState, restore, save, saveAs, type StartLists } from './files';
export { answerLeave, requestLeave } from './leave';
export { attachFile, attachmentCandidates, refreshAttachments } from './attachments';
export { openReplyDialog, replyName, saveUnsignedReply, signReply, type ReplyOutcome, type ReplyRequest } from './partner';
export { importPartnerReply, preparePartnerModules, replyCandidates, type ImportStep } from './partners';
export { completePackage, createPackage, dossierBaseName, exportDossier, listTokens, pickTokenModule, showLastOutputInFolder, tokenModules, verifyPackage, type PackageOutcome, type PackageRequest } from './exports';
export {
  checkEverything, closePrint, closeExportDialog, openPrint, closeSaveAs, declareInlineColumns, goTo, markTouched, goToPointer, notify, openExportDialog, openSaveAs, PAGE_SIZE, setInputError, setSearchOpen, setTableView, toggleIssues,
} from './ui';
