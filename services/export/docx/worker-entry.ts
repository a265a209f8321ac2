// The DOCX dossier rendered in a worker thread (see in-worker.ts): the proposal and the call profile
// come in as workerData, the bytes go back as the one message.
import { parentPort, workerData } from 'node:worker_threads';
import { buildExportModel, type CallProfile, type Proposal } from '../../../core';
import { renderDossierDocx } from './index';

const { doc, profile } = workerData as { doc: Proposal; profile: CallProfile };
void renderDossierDocx(buildExportModel(doc, profile)).then((bytes) => parentPort?.postMessage(bytes));
