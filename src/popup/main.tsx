import {render} from 'preact';
import {App} from './app.tsx';
import './popup.css';

const root = document.querySelector('#app');
if (!root) {
  throw new Error('The popup page has no #app element');
}

render(<App />, root);
