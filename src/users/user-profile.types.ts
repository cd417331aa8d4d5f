export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface UserProfile {
  bio?: string | null;
  location?: string | null;
  website?: string | null;
  twitter?: string | null;
  linkedin?: string | null;
  github?: string | null;
}

export interface NotificationPreferences {
  email: boolean;
  push: boolean;
  marketing: boolean;
}

export interface UserPreferences {
  theme: Theme;
  language: string;
  timezone: string;
  notifications: NotificationPreferences;
}

export const DEFAULT_PREFERENCES: UserPreferences = {
  theme: 'auto',
  language: 'en',
  timezone: 'UTC',
  notifications: { email: true, push: false, marketing: false },
};

/** Preferences as stored: only what the user set; `preferencesOf` fills in the defaults. */
export type StoredPreferences = Partial<Omit<UserPreferences, 'notifications'>> & {
  notifications?: Partial<NotificationPreferences>;
};
