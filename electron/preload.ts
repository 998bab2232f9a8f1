// The preload's bridge arrives with the window issue.
export {};
