import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createApollo } from './app/apollo';
import { App } from './app/App';
import { LiveConnectionProvider } from './app/live';
import { createI18n } from './i18n';
import './ui/theme.css';

const i18n = createI18n();
const apollo = createApollo();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apollo.client}>
        <LiveConnectionProvider value={apollo}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </LiveConnectionProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
