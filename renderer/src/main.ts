import { mount } from 'svelte';
import App from './App.svelte';
import { connect } from './bridge';
import './styles.css';

mount(App, { target: document.getElementById('app')!, props: { host: await connect() } });
