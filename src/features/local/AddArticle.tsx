import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../../store/hooks';

const AddArticleDialog = lazy(() => import('./AddArticleDialog'));

const carriesFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * The "Add article" button, and the whole page as a drop zone for an article file. The dialog, the reading
 * of files and the extractor load when first used.
 */
export function AddArticle() {
  const t = useT();
  const [open, setOpen] = useState<{ file: File | null } | null>(null);
  const [over, setOver] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) return;
    const onOver = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent): void => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) setOpen({ file });
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);
  return (
    <>
      <button ref={button} type="button" className="add-article-button" onClick={() => setOpen({ file: null })}>
        {t.local.add}
      </button>
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t.local.dropAnywhere}</p>
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <AddArticleDialog
            file={open.file}
            onClose={() => {
              setOpen(null);
              // Back to where the reader was: the button that opened the dialog.
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
