// The preload script: exposes window.factdesk (the Api and its events) and nothing else.
// Bundled to one CommonJS file, since a sandboxed preload cannot require local files.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi } from './api/expose-api';

exposeApi(contextBridge, ipcRenderer);
