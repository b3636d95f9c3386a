import {render} from 'preact';
import {App} from './app.tsx';
import './history.css';

const root = document.querySelector('#app');
if (!root) {
  throw new Error('The history page has no #app element');
}

render(<App />, root);
