// The script partners load (`sociaal-netwerk.js`): a small loader without imports. Each element's code lives in its
// own fingerprinted modules next to this script; an element's modules are fetched only once the page has that element
// (now or later), so a page with only an agenda never downloads the code of the uitvraag or the resultaten.
//
// Subresource Integrity: the build (vite.config.ts) puts the SRI hash of every module into this script, so a
// partner's hash on this script covers everything it loads. Each module is fetched first by a
// `<link rel="modulepreload" integrity>` (the browser refuses a module whose bytes differ, and the module map then
// holds that answer), and only imported once all of an element's modules have arrived intact. The language files are
// checked the same way from the modules (shared/i18n.ts).

/** Per tag the modules that define it: the element's own module first, then every module it imports (transitively). */
declare const __SN_MODULES__: Record<string, readonly string[]>;
/** The SRI hash of every module in `__SN_MODULES__`. */
declare const __SN_INTEGRITEIT__: Record<string, string>;

const modules = __SN_MODULES__;
const integriteit = __SN_INTEGRITEIT__;
// Read into a variable so the bundler leaves it alone: the modules live next to this script.
const scriptAdres = import.meta.url;

const geladen = new Map<string, Promise<void>>();
const opgehaald = new Map<string, Promise<void>>();

/** Fetches one module with its SRI hash; rejects when the browser refuses it. */
function haalOp(bestand: string): Promise<void> {
  let belofte = opgehaald.get(bestand);
  if (!belofte) {
    belofte = new Promise<void>((klaar, mislukt) => {
      const link = document.createElement('link');
      if (!link.relList.supports('modulepreload')) {
        mislukt(new Error('this browser cannot check the integrity of modules (no modulepreload)'));
        return;
      }

      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      link.integrity = integriteit[bestand] ?? '';
      link.href = new URL(bestand, scriptAdres).href;
      link.addEventListener('load', () => klaar(), { once: true });
      link.addEventListener('error', () => mislukt(new Error(`${bestand} could not be loaded or failed its integrity check`)), { once: true });
      (document.head ?? document.documentElement).append(link);
    });
    opgehaald.set(bestand, belofte);
  }

  return belofte;
}

/**
 * Loads the elements with these tags (all of them when none are given), once each; resolves when they are defined.
 * Elements in the document are loaded by themselves; call this for elements that live in a shadow root of your own.
 */
export function laad(...namen: string[]): Promise<void> {
  const gevraagd = namen.length > 0 ? namen : Object.keys(modules);
  return Promise.all(
    gevraagd.map((naam) => {
      const lijst = modules[naam];
      if (!lijst) {
        return Promise.reject(new Error(`sociaal-netwerk: no element <${naam}>`));
      }

      let belofte = geladen.get(naam);
      if (!belofte && customElements.get(naam)) {
        // Defined already: by a second copy of this script on the page (the version address and the v1 alias).
        belofte = Promise.resolve();
        geladen.set(naam, belofte);
      } else if (!belofte) {
        belofte = Promise.all(lijst.map(haalOp))
          .then(() => import(/* @vite-ignore */ new URL(lijst[0]!, scriptAdres).href))
          .then(() => undefined);
        belofte.catch((fout: unknown) => console.error(`sociaal-netwerk: <${naam}> is not available (${String(fout)})`));
        geladen.set(naam, belofte);
      }

      return belofte;
    }),
  ).then(() => undefined);
}

const namen = Object.keys(modules);
const nogNiet = () => namen.filter((naam) => !geladen.has(naam));

/** Loads every element of ours in `wortel` (an element or the document) that is not loaded yet. */
function zoek(wortel: Element | Document): void {
  for (const naam of nogNiet()) {
    if ((wortel instanceof Element && wortel.localName === naam) || wortel.querySelector(naam)) {
      void laad(naam).catch(() => undefined);
    }
  }
}

zoek(document);
if (nogNiet().length > 0) {
  const waarnemer = new MutationObserver((wijzigingen) => {
    for (const wijziging of wijzigingen) {
      for (const knoop of wijziging.addedNodes) {
        if (knoop instanceof Element) {
          zoek(knoop);
        }
      }
    }

    if (nogNiet().length === 0) {
      waarnemer.disconnect();
    }
  });
  waarnemer.observe(document, { childList: true, subtree: true });
}
