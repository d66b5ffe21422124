import { render } from 'preact';
import { InspectorApp } from '../../components/inspector/inspector-app';
import '../../components/shared/theme.css';
import '../../components/inspector/inspector.css';

render(<InspectorApp />, document.getElementById('app')!);
