import {render} from 'preact';
import {App} from './app.tsx';
import './popup.css';

const root = document.querySelector('#app');
if (!root) {
  throw new Error('The popup page has no #app element');
}

// The context menu's fallback opens this page in a window of its own, which it may fill.
if (new URLSearchParams(location.search).get('view') === 'window') {
  document.documentElement.classList.add('in-window');
}

render(<App />, root);
