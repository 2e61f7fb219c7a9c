// The app's PDF export: the appendix HTML loaded into a hidden, sandboxed window with no preload and no network,
// then Electron's printToPDF.
import { BrowserWindow, session } from 'electron';

/** A session of its own (in memory), so its request filter never touches the app window's locked-down session. */
const PARTITION = 'factdesk-print';

/** Prints self-contained HTML to PDF bytes. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      spellcheck: false,
    },
  });
  try {
    session.fromPartition(PARTITION).webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !details.url.startsWith('data:') });
    });
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
