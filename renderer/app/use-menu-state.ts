// What the desktop app's menu enables items by, told to the main process as it changes: a source's recording player on
// screen enables View > Recording. Only where there is an application menu (the Electron transport); the browser
// harness has none.
import { useEffect, useSyncExternalStore } from 'react';
import type { Api } from '../../shared/api/contract';
import { activePlayer, onActivePlayer } from '../features/sources/recording-player-state';

/** Whether a recording player is on screen; with `nativeMenu`, the main process is told each time that changes. */
export function useMenuState(api: Pick<Api, 'setMenuState'>, nativeMenu: boolean): boolean {
  const player = useSyncExternalStore(onActivePlayer, () => activePlayer() !== null);
  useEffect(() => {
    if (nativeMenu) void api.setMenuState({ recordingPlayer: player });
  }, [api, nativeMenu, player]);
  return player;
}
