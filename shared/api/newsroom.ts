// The newsroom library's part of the contract: connection settings (kept in the settings file, never with the
// password), the Preferences view of them, the connection test's reply, and attaching a newsroom passage to a claim.
// contract.ts spreads these validators and replies into its tables.
import { z } from 'zod';
import { LINK_RELATIONS } from '../model/claim';
import type { SourceType } from '../model/source';
import type { ProjectView } from './views';

/** How the connection is encrypted: not at all, TLS without checking the certificate, or TLS checked against a CA. */
export const NEWSROOM_TLS = ['off', 'require', 'verify'] as const;
export type NewsroomTls = (typeof NEWSROOM_TLS)[number];

/** The three roles a newsroom account can be in (newsroom-schema.ts creates them). */
export const NEWSROOM_ROLES = ['reader', 'contributor', 'admin'] as const;
export type NewsroomRole = (typeof NEWSROOM_ROLES)[number];

const name = z
  .string()
  .trim()
  .min(1)
  .max(63)
  .regex(/^[^\s\\/@:]+$/, { message: 'must be one word without spaces, slashes, @ or :' });

/** The fields of the connection settings; the password is never one of them. */
export const newsroomSettingsShape = {
  host: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9.\-:[\]]+$/, { message: 'must be a host name or an IP address' }),
  port: z.number().int().min(1).max(65535),
  database: name,
  user: name,
  tls: z.enum(NEWSROOM_TLS),
  /** The CA certificate file (PEM) that vouches for the server: only with tls 'verify'. */
  caFile: z.string().trim().min(1).max(4096).nullable(),
};

/** As the Api accepts them: any other field (a password among them) is refused. */
export const newsroomSettingsSchema = z.strictObject(newsroomSettingsShape);
export type NewsroomSettings = z.infer<typeof newsroomSettingsSchema>;

/** What the Preferences section shows about the newsroom library. */
export interface NewsroomSettingsView {
  /** The settings saved in Preferences, or null. */
  settings: NewsroomSettings | null;
  /**
   * Where FACTDESK_LIBRARY_URL points (host:port/database, no user or password) when it is set: it wins over the
   * settings saved here.
   */
  environment: string | null;
  password: {
    /** Whether a password is kept for the newsroom library (in the secret store, or in the environment). */
    saved: boolean;
    /** Whether this window can keep a password typed here (the desktop app with encryption available). */
    canSave: boolean;
    /** One sentence saying where the password is kept (and how well it is protected). */
    note: string;
    /** A warning when the protection is weak (Linux without a keyring), else null. */
    warning: string | null;
  };
  /** Where the library searches ask now (host:port/database), or null when no newsroom library is in use. */
  connectedTo: string | null;
}

/** A successful connection test. */
export interface NewsroomTestReport {
  user: string;
  /** The most capable Factdesk role the account is in; null when it is in none. */
  role: NewsroomRole | null;
  where: string;
  /** Whether the connection is encrypted. */
  tls: boolean;
  /** One sentence: "Connected to ... as ana, with the reader role (searches only), over TLS." */
  message: string;
}

/** A newsroom source opened from a search hit: its details and its passages (at most NEWSROOM_SOURCE_LIMIT). */
export interface NewsroomSourceView {
  source: {
    id: string;
    title: string;
    type: SourceType;
    speakers: string[];
    date: string | null;
    url: string | null;
    passageCount: number;
  };
  passages: Array<{ passageId: string; pinpoint: string; speaker: string | null; date: string | null; text: string }>;
}

/** The most passages an opened newsroom source shows. */
export const NEWSROOM_SOURCE_LIMIT = 2000;

const password = z.string().min(1).max(1024);

export const newsroomValidators = {
  getNewsroomSettings: z.strictObject({}),
  testNewsroomConnection: z.strictObject({
    settings: newsroomSettingsSchema,
    /** Typed in the dialog and not saved yet; otherwise the kept password is used. */
    password: password.optional(),
  }),
  saveNewsroomSettings: z.strictObject({
    settings: newsroomSettingsSchema,
    /** Kept through the secret store, never in the settings file; omitted keeps the saved one. */
    password: password.optional(),
  }),
  disconnectNewsroom: z.strictObject({}),
  getNewsroomSource: z.strictObject({
    /** A newsroom search hit's sourceId: newsroom:<n>. */
    sourceId: z
      .string()
      .max(64)
      .regex(/^newsroom:\d+$/),
  }),
  attachNewsroomPassage: z.strictObject({
    projectId: z.string().min(1).max(128),
    claimId: z.string().min(1).max(128),
    /** A newsroom search hit's passageId: newsroom:<source>:<n>. */
    passageId: z
      .string()
      .max(128)
      .regex(/^newsroom:\d+:\d+$/),
    relation: z.enum(LINK_RELATIONS),
    pinpoint: z.string().max(200).optional(),
    note: z.string().max(20_000).optional(),
  }),
};

export interface NewsroomReplies {
  /** The newsroom connection settings, whether FACTDESK_LIBRARY_URL overrides them, and where the password lives. */
  getNewsroomSettings: NewsroomSettingsView;
  /**
   * Connects once with these settings (without saving them) and says as whom and in which role; a refusal is one
   * sentence saying what is wrong. Never replies with the password.
   */
  testNewsroomConnection: NewsroomTestReport;
  /** Saves the settings (the password through the secret store) and reconnects searches at once. */
  saveNewsroomSettings: NewsroomSettingsView;
  /** Forgets the settings and the kept password; searches stay on this computer. */
  disconnectNewsroom: NewsroomSettingsView;
  /** A newsroom source's details and passages, read from the server (Open on a newsroom search hit). */
  getNewsroomSource: NewsroomSourceView;
  /**
   * Copies a newsroom passage, its source's citation details and a reference to the newsroom source (id and content
   * hash) into the project and ties it to a claim, so the project reads, quote-checks and exports offline.
   */
  attachNewsroomPassage: ProjectView;
}
