/**
 * The page's contents, kept at the top of the screen while reading: the map, each themed section the data
 * has, the list of every number and the sources. Plain links to the sections' anchors (keyboard and screen
 * reader users get them as they are); on a phone it scrolls sideways.
 */
import { sectionAnchor } from '../../core/sections';
import { useT } from '../../store/hooks';
import { usePresentSections } from './usePresentSections';

export function SectionNav() {
  const t = useT();
  const present = usePresentSections();
  const links: Array<[string, string]> = [
    ['map', t.map],
    ...present.map((id): [string, string] => [sectionAnchor(id), t.sections[id]]),
    ['facts-h', t.facts],
    ['sources-h', t.sources],
  ];
  return (
    <nav className="section-nav" aria-label={t.onThisPage}>
      <ul>
        {links.map(([anchor, label]) => (
          <li key={anchor}>
            <a href={`#${anchor}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
