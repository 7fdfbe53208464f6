import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { LangProvider } from './i18n/lang.tsx';
import './styles/base.css';
import './styles/auth.css';
import './styles/topbar.css';
import './styles/home.css';
import './styles/editor.css';
import './styles/editor-cards.css';
import './styles/emotion-and-panels.css';
import './styles/insights.css';
import './styles/plan-and-reviews.css';
import './styles/graph.css';
import './styles/graph-elements.css';
import './styles/graph-cases.css';
import './styles/measured.css';
import './styles/measured-panels.css';
import './styles/editor-toolbar.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LangProvider>
        <App />
      </LangProvider>
    </StrictMode>,
  );
}
