// The recording beside a transcript: the browser's own <audio> (or <video>) element fed from the app's /media/
// address (ranges, so seeking works), with labelled buttons for play/pause, back 5 s and slower speed that the
// keyboard commands (F8, F7, F9) also reach while the player is shown. Passages play from their timecode through
// the handle's playFrom.
import { createContext, useContext, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { Recording } from '../../../shared/model/source';
import { keysOf as commandKeys } from '../../../shared/commands/commands';
import type { CommandId } from '../../../shared/commands/commands';
import { ErrorAlert } from '../../components/ErrorAlert';
import { backFrom, formatTimecode, nextRate, rateLabel, setActivePlayer } from './recording-player-state';

/** How the player starts and stops the element: the browser's own calls, replaced in component tests. */
export interface MediaSeam {
  play(element: HTMLMediaElement): Promise<void>;
  pause(element: HTMLMediaElement): void;
}

/** The browser's play() and pause(). */
export const browserMedia: MediaSeam = {
  play: (element) => element.play(),
  pause: (element) => element.pause(),
};

/** The seam players below use (component tests provide one that records the calls; jsdom-like DOMs do not play). */
export const MediaSeamContext = createContext<MediaSeam>(browserMedia);

/** What a passage's "Play from" button calls. */
export interface RecordingPlayerHandle {
  /** Seeks to `seconds` and plays. */
  playFrom(seconds: number): void;
}

export interface RecordingPlayerProps {
  /** The app's /media/ address of the recording (see media-url.ts). */
  src: string;
  recording: Recording;
  /** The source's title, for the element's name. */
  title: string;
  ref?: Ref<RecordingPlayerHandle>;
}

const keysOf = (id: CommandId): string => commandKeys(id) ?? '';

/** The sentence shown when the element cannot play the file. */
function mediaErrorText(error: MediaError | null, recording: Recording): string {
  if (error?.code === 4) {
    return `This window cannot play the ${recording.mediaType} recording; attach it as MP3, M4A, WAV, Ogg or WebM.`;
  }
  if (error?.code === 2) return 'The recording stopped loading. Close the source and open it again.';
  return 'The recording could not be played; its file may be damaged. Attach it again.';
}

/** A region named "Recording". */
export function RecordingPlayer({ src, recording, title, ref }: RecordingPlayerProps) {
  const seam = useContext(MediaSeamContext);
  const element = useRef<HTMLMediaElement | null>(null);
  const [paused, setPausedState] = useState(true);
  // The element's own paused flag, kept from its play/pause events and our own calls (the seam may not fire events).
  const pausedNow = useRef(true);
  const setPaused = (value: boolean) => {
    pausedNow.current = value;
    setPausedState(value);
  };
  const [rate, setRate] = useState(1);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(recording.durationSeconds ?? null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ seam, recording });
  useEffect(() => {
    latest.current = { seam, recording };
  });

  const controls = useRef({
    play() {
      const el = element.current;
      if (!el) return;
      setError(null);
      setPaused(false);
      latest.current.seam.play(el).catch((reason: unknown) => {
        if ((reason as { name?: string } | null)?.name === 'AbortError') return;
        setPaused(true);
        setError('The recording did not start: click Play to start it.');
      });
    },
    togglePlay() {
      const el = element.current;
      if (!el) return;
      if (pausedNow.current) controls.current.play();
      else {
        latest.current.seam.pause(el);
        setPaused(true);
      }
    },
    back() {
      const el = element.current;
      if (!el) return;
      el.currentTime = backFrom(el.currentTime);
      setTime(el.currentTime);
    },
    slower() {
      const el = element.current;
      if (!el) return;
      el.playbackRate = nextRate(el.playbackRate);
      setRate(el.playbackRate);
    },
    playFrom(seconds: number) {
      const el = element.current;
      if (!el) return;
      el.currentTime = seconds;
      setTime(seconds);
      controls.current.play();
    },
  });

  useImperativeHandle(ref, () => ({ playFrom: (seconds) => controls.current.playFrom(seconds) }), []);
  useEffect(() => setActivePlayer(controls.current), []);

  const video = recording.mediaType.startsWith('video/');
  const mediaProps = {
    ref: (el: HTMLMediaElement | null) => {
      element.current = el;
    },
    src,
    controls: true,
    preload: 'metadata',
    'aria-label': `Recording of ${title}`,
    className: 'recording-media',
    onPlay: () => setPaused(false),
    onPause: () => setPaused(true),
    onTimeUpdate: () => setTime(element.current?.currentTime ?? 0),
    onRateChange: () => setRate(element.current?.playbackRate ?? 1),
    onLoadedMetadata: () => {
      const d = element.current?.duration;
      if (d !== undefined && Number.isFinite(d)) setDuration(d);
    },
    onError: () => setError(mediaErrorText(element.current?.error ?? null, latest.current.recording)),
  };

  return (
    <section className="recording-player" aria-label="Recording">
      {video ? <video {...mediaProps} /> : <audio {...mediaProps} />}
      <div className="recording-bar">
        <button
          type="button"
          className="button button-small"
          aria-keyshortcuts={keysOf('recording-play')}
          onClick={() => controls.current.togglePlay()}
        >
          {paused ? 'Play' : 'Pause'} <kbd className="kbd">{keysOf('recording-play')}</kbd>
        </button>
        <button
          type="button"
          className="button button-small"
          aria-keyshortcuts={keysOf('recording-back')}
          onClick={() => controls.current.back()}
        >
          Back 5 s <kbd className="kbd">{keysOf('recording-back')}</kbd>
        </button>
        <button
          type="button"
          className="button button-small"
          aria-keyshortcuts={keysOf('recording-slower')}
          aria-label={`Slower or normal speed (now ${rateLabel(rate).toLowerCase()})`}
          onClick={() => controls.current.slower()}
        >
          {rateLabel(rate)} <kbd className="kbd">{keysOf('recording-slower')}</kbd>
        </button>
        <span className="recording-time" aria-label="Playback position">
          {formatTimecode(time)}
          {duration !== null ? ` / ${formatTimecode(duration)}` : ''}
        </span>
      </div>
      <ErrorAlert message={error} />
    </section>
  );
}
