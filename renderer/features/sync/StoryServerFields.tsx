// The story server's address and the user name, as both the Share dialog and the Open a shared story dialog ask for
// them; each dialog adds its own password field after these.
interface Props {
  /** Prefix of the inputs' ids, unique in the dialog. */
  idPrefix: string;
  serverUrl: string;
  user: string;
  onServerUrl: (value: string) => void;
  onUser: (value: string) => void;
}

/** The address field (focused first) and the user-name field. */
export function StoryServerFields({ idPrefix, serverUrl, user, onServerUrl, onUser }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-server`}>Story server address</label>
        <input
          id={`${idPrefix}-server`}
          data-autofocus
          type="url"
          value={serverUrl}
          autoComplete="url"
          spellCheck={false}
          placeholder="https://stories.example.org"
          onChange={(e) => onServerUrl(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-user`}>User name</label>
        <input
          id={`${idPrefix}-user`}
          value={user}
          autoComplete="username"
          spellCheck={false}
          onChange={(e) => onUser(e.target.value)}
        />
      </div>
    </>
  );
}
