/*
 * Start GraphiQL voor de Sociaal Netwerk GraphQL API.
 *
 * Los bestand (geen inline script) zodat de pagina werkt onder de CSP
 * "script-src 'self'". Verwacht dat react.production.min.js,
 * react-dom.production.min.js en graphiql.min.js al geladen zijn
 * (alle vier de scripts staan met `defer` in index.html, dus in volgorde).
 */
(function () {
  'use strict';

  // The API's address: the server writes it into the page below its path base (/sociaalnetwerk/graphql when it is
  // served below /sociaalnetwerk).
  // (A deferred script: the page has been parsed.)
  var pagina = document.getElementById('graphiql');
  var ENDPOINT = (pagina && pagina.getAttribute('data-endpoint')) || '/graphql';

  // \u25B6 = "▶" (als escape zodat dit bestand ook zonder charset-header klopt).
  var DEFAULT_QUERY = [
    '# Welkom bij de GraphQL API van Sociaal Netwerk Zoetermeer.',
    '# Druk op \u25B6 om de eerstvolgende activiteiten op te halen.',
    'query EerstvolgendeActiviteiten {',
    '  agenda(first: 5) {',
    '    totalCount',
    '    nodes {',
    '      start',
    '      activiteit { titel locatie { naam wijk { naam } } }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  function start() {
    var container = document.getElementById('graphiql');
    if (!window.React || !window.ReactDOM || !window.GraphiQL) {
      container.textContent =
        'GraphiQL kon niet geladen worden. De API zelf is bereikbaar via POST ' + ENDPOINT + '.';
      return;
    }

    // GraphiQL's own stylesheet does not hold up the first paint (index.html preloads it): switch it on now and
    // render once it applies, so GraphiQL never shows unstyled.
    var voorgeladen = document.querySelector('link[rel="preload"][as="style"]');
    if (!voorgeladen) {
      teken(container);
      return;
    }

    var stijl = document.createElement('link');
    stijl.rel = 'stylesheet';
    stijl.href = voorgeladen.href;
    stijl.onload = stijl.onerror = function () {
      teken(container);
    };
    document.head.insertBefore(stijl, document.querySelector('link[rel="stylesheet"]'));
  }

  function teken(container) {
    var fetcher = window.GraphiQL.createFetcher({ url: ENDPOINT });

    volgEditors(container);
    var root = window.ReactDOM.createRoot(container);
    root.render(
      window.React.createElement(window.GraphiQL, {
        fetcher: fetcher,
        defaultQuery: DEFAULT_QUERY,
        // Eigen namespace in localStorage, zodat tabbladen/query's niet botsen
        // met een andere GraphiQL op hetzelfde origin.
        storage: window.GraphiQL.createLocalStorage({ namespace: 'sociaal-netwerk' }),
        defaultEditorToolsVisibility: false
      })
    );
  }

  // CodeMirror's hidden textareas (the editors) have no name for screen readers (axe: label). GraphiQL makes them
  // after it has rendered and again when an editor comes back: name each one by the editor it belongs to.
  var NAMEN = [
    ['.graphiql-query-editor', 'Query (GraphQL-document)'],
    ['.graphiql-editor-tool > .graphiql-editor:nth-of-type(1)', 'Variabelen (JSON)'],
    ['.graphiql-editor-tool > .graphiql-editor:nth-of-type(2)', 'Headers (JSON)'],
    ['.result-window', 'Antwoord van de API']
  ];

  function benoemEditors(container) {
    container.querySelectorAll('.CodeMirror textarea:not([aria-label])').forEach(function (veld) {
      for (var i = 0; i < NAMEN.length; i++) {
        if (veld.closest(NAMEN[i][0])) {
          veld.setAttribute('aria-label', NAMEN[i][1]);
          return;
        }
      }

      veld.setAttribute('aria-label', 'Editor');
    });
  }

  function volgEditors(container) {
    benoemEditors(container);
    new MutationObserver(function () {
      benoemEditors(container);
    }).observe(container, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
