/**
 * The views besides the search, loaded on first use (and fetched when the window is idle): the
 * search window's first paint does not parse the preferences and the about page.
 */
export { default as PreferencesView } from './PreferencesView.svelte';
export { default as AboutView } from './AboutView.svelte';
