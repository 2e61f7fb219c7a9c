// Renderer entry point: loads the styles and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/welcome.css';
import './styles/project.css';
import './styles/draft.css';
import './styles/claims.css';
import './styles/dialogs.css';
import './styles/panels.css';
import './styles/import.css';
import './styles/library.css';
import './styles/web-pages.css';
import './styles/recording.css';
import './styles/desk.css';
import './styles/export.css';
import './styles/statuses.css';
import './styles/gate-log.css';
import './styles/desk-table.css';
import './styles/quote-check.css';
import './styles/quote-check-row.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
