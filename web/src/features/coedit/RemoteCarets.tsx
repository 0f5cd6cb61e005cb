import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { peerColor, type Peer } from './peers';

export interface RemoteCaret {
  peer: Peer;
  start: number;
  end: number;
}

const COPIED = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'textIndent', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth'] as const;

/** The control's text metrics, so that the overlay's text lays out exactly like the control's. */
function mirrorStyle(control: HTMLInputElement | HTMLTextAreaElement): CSSProperties {
  const computed = getComputedStyle(control);
  const style: Record<string, string> = {};
  for (const key of COPIED) style[key] = computed[key];
  // Leave room for the textarea's scrollbar, so that lines wrap at the same place.
  const scrollbar = control.offsetWidth - control.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
  if (scrollbar > 0) style.paddingRight = `${parseFloat(computed.paddingRight) + scrollbar}px`;
  return style as CSSProperties;
}

/**
 * Others' carets and selections drawn over a text control: a transparent copy of its text with a coloured
 * bar (and the person's name) where each caret is. Decorative: the list of editors says the same in words.
 */
export function RemoteCarets({ control, text, carets, multiline }: { control: RefObject<HTMLInputElement | HTMLTextAreaElement | null>; text: string; carets: RemoteCaret[]; multiline: boolean }) {
  const [style, setStyle] = useState<CSSProperties>({});
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const measured = useRef(false);

  useLayoutEffect(() => {
    const element = control.current;
    if (!element) return;
    const measure = () => setStyle(mirrorStyle(element));
    if (!measured.current) {
      measured.current = true;
      measure();
    }
    const onScroll = () => setScroll({ top: element.scrollTop, left: element.scrollLeft });
    onScroll();
    element.addEventListener('scroll', onScroll);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [control, text]);

  if (carets.length === 0) return null;
  return (
    <div className={multiline ? 'remote-carets remote-carets--multiline' : 'remote-carets'} style={style} aria-hidden="true">
      {carets.map(({ peer, start, end }) => {
        const color = peerColor(peer);
        return (
          <div key={peer.clientId} className="remote-carets__layer" style={{ transform: `translate(${-scroll.left}px, ${-scroll.top}px)` }}>
            {text.slice(0, start)}
            {end > start && (
              <mark className="remote-carets__selection" style={{ backgroundColor: `${color}33` }}>
                {text.slice(start, end)}
              </mark>
            )}
            <span className="remote-carets__caret" style={{ borderColor: color }}>
              <span className="remote-carets__name" style={{ backgroundColor: color }}>
                {peer.name}
              </span>
            </span>
            {text.slice(end)}
          </div>
        );
      })}
    </div>
  );
}
