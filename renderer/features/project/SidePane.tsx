// The side pane of the project view: tabs for Claims, Suggestions, Versions, Orphans (while there are any), Sources and
// Quotes, each with its count, and the chosen panel below them.
import { useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { SidePanel } from '../../app/commands';

export interface SidePaneTab {
  id: SidePanel;
  label: string;
  count: number;
}

export interface SidePaneProps {
  tabs: SidePaneTab[];
  active: SidePanel;
  onShow: (panel: SidePanel) => void;
  children: ReactNode;
}

/** A tablist (arrow keys move between tabs) and the active tabpanel. */
export function SidePane({ tabs, active, onShow, children }: SidePaneProps) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -tabs.length, End: tabs.length };
    const by = moves[event.key];
    if (by === undefined) return;
    event.preventDefault();
    const next = tabs[Math.max(0, Math.min(tabs.length - 1, index + by))];
    if (!next) return;
    onShow(next.id);
    listRef.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  }

  return (
    <aside className="pane side-pane">
      <div ref={listRef} className="side-tabs" role="tablist" aria-label="Panels">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            className={`side-tab${tab.id === active ? ' is-active' : ''}`}
            onClick={() => onShow(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {/* Always whole: when the tabs outgrow the pane they take a second row (panels.css). */}
            <span className="side-tab-label">{tab.label}</span>
            {/* An empty tab shows no zero: one row holds more tabs. */}
            {tab.count > 0 && <span className="count-badge">{tab.count}</span>}
          </button>
        ))}
      </div>
      {/* Focusable so a command that shows a panel can move the keyboard there (renderer/app/move-focus.ts). */}
      <div
        id={`tabpanel-${active}`}
        role="tabpanel"
        aria-labelledby={`tab-${active}`}
        className="side-panel"
        tabIndex={-1}
      >
        {children}
      </div>
    </aside>
  );
}
