import { mount } from 'svelte';
import App from './App.svelte';
import { connect } from './bridge';
import './styles.css';

// Not a top-level await: the web bridge's chunk imports this one, and would wait for it forever.
const target = document.getElementById('app')!;
connect().then(
  (host) => mount(App, { target, props: { host } }),
  // A tab whose web bridge chunk did not arrive says so rather than staying blank.
  (error: unknown) => (target.textContent = `Status Palette could not start: ${String(error)}`),
);
