import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { apiFromWindow } from './api/bridge';
import { App } from './app/App';
import { RootErrorBoundary } from './app/ErrorBoundary';
import { DamageWatch } from './app/damage-notice';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const api = apiFromWindow(window);
createRoot(container).render(
  <StrictMode>
    {api ? (
      <RootErrorBoundary>
        <ApiProvider api={api}>
          <DamageWatch>
            <App opensWelcomeOnFirstStart />
          </DamageWatch>
        </ApiProvider>
      </RootErrorBoundary>
    ) : (
      <main className="fatal">
        <h1>Mending could not start</h1>
        <p>This page needs the Mending app around it. Please open it from the app.</p>
      </main>
    )}
  </StrictMode>,
);
