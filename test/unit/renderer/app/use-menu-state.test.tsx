// @vitest-environment happy-dom
// The desktop menu's View > Recording follows the recording player: the main process is told when one appears and
// when it goes, and the browser harness (no application menu) tells nothing.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api/contract';
import { ok } from '../../../../shared/api/result';
import { useMenuState } from '../../../../renderer/app/use-menu-state';
import { setActivePlayer } from '../../../../renderer/features/sources/recording-player-state';

/** The main process's side of setMenuState, as the menu sees it: each state told, in order. */
function mainProcess() {
  const told: boolean[] = [];
  const api: Pick<Api, 'setMenuState'> = {
    setMenuState: async ({ recordingPlayer }) => {
      told.push(recordingPlayer);
      return ok(null);
    },
  };
  return { api, told };
}

const controls = { togglePlay: () => undefined, back: () => undefined, slower: () => undefined };

describe('useMenuState', () => {
  it('tells the main process when a recording player appears and when it goes', () => {
    const { api, told } = mainProcess();
    const { result } = renderHook(() => useMenuState(api, true));
    expect(result.current).toBe(false);
    expect(told).toEqual([false]);
    let close = (): void => undefined;
    act(() => {
      close = setActivePlayer(controls);
    });
    expect(result.current).toBe(true);
    act(() => close());
    expect(result.current).toBe(false);
    expect(told).toEqual([false, true, false]);
  });

  it('tells nothing where there is no application menu', () => {
    const { api, told } = mainProcess();
    const { result } = renderHook(() => useMenuState(api, false));
    act(() => setActivePlayer(controls)());
    expect(result.current).toBe(false);
    expect(told).toEqual([]);
  });
});
