import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
