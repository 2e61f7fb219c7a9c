// Banners above the project: read-only (held by someone else), a conflict with a change on disk, notices, errors.
import type { ReactNode } from 'react';
import type { ProjectView } from '../../../shared/api/views';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { readOnlyBanner } from './project-state';

export interface ProjectBannersProps {
  view: ProjectView;
  conflict: string | null;
  notices: string[];
  error: string | null;
  onResolve: (choice: 'reload' | 'keep-mine' | 'save-copy') => void;
  onDismissNotice: (notice: string) => void;
  onDismissError: () => void;
  /** More banners (the import's progress and summary). */
  children?: ReactNode;
}

/** Everything the user has to know about the project's state right now. */
export function ProjectBanners({
  view,
  conflict,
  notices,
  error,
  onResolve,
  onDismissNotice,
  onDismissError,
  children,
}: ProjectBannersProps) {
  const readOnly = readOnlyBanner(view);
  return (
    <div className="banners">
      {readOnly && (
        <div className="banner banner-readonly">
          <Icon name="lock" className="banner-icon" />
          <p className="banner-text">{readOnly}</p>
        </div>
      )}
      {conflict && (
        <div role="alert" className="banner banner-warning">
          <Icon name="alert" className="banner-icon" />
          <p className="banner-text">{conflict}</p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={() => onResolve('reload')}>
              Reload from disk
            </button>
            <button type="button" className="button" onClick={() => onResolve('keep-mine')}>
              Keep mine
            </button>
            <button type="button" className="button" onClick={() => onResolve('save-copy')}>
              Save mine as a copy
            </button>
          </div>
        </div>
      )}
      <ErrorAlert message={error} onDismiss={onDismissError} />
      {notices.map((notice) => (
        <div key={notice} className="banner banner-info">
          <Icon name="info" className="banner-icon" />
          <p className="banner-text">{notice}</p>
          <button type="button" className="button button-quiet" onClick={() => onDismissNotice(notice)}>
            Dismiss
          </button>
        </div>
      ))}
      {children}
    </div>
  );
}
