// The root component: finds the Bridge (Electron preload or the browser harness) and provides the Api.
import { useState } from 'react';
import { ApiProvider, resolveBridge } from './ApiProvider';
import { AppShell } from './AppShell';

/** Renders the app, or explains how to open it when no Bridge can be found. */
export function App() {
  const [bridge] = useState(resolveBridge);
  if (!bridge) {
    return (
      <main className="splash">
        <h1 className="welcome-title">Factdesk</h1>
        <p role="alert" className="splash-text">
          This page needs the address Factdesk printed when it started (it ends in ?token=...). Open that address, or
          start Factdesk again with npm run web.
        </p>
      </main>
    );
  }
  return (
    <ApiProvider bridge={bridge}>
      <AppShell />
    </ApiProvider>
  );
}
