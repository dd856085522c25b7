// Package atomicfile writes files so that readers and later runs see either
// the previous content or the complete new content, never a part of it.
//
// The new content goes to a temporary file in the same directory, which is
// synced and then renamed over the destination; the directory is synced too.
// If writing fails, the run is cancelled (WriteFileContext), or the process
// dies midway, the destination is untouched and the temporary file is
// removed (or, after a crash, left under a name that starts with "." and
// ends with ".tmp").
package atomicfile

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile writes the content produced by write to path atomically. The file
// gets mode perm, or the mode of the file it replaces when one exists.
func WriteFile(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return WriteFileContext(context.Background(), path, perm, write)
}

// WriteFileContext is WriteFile for a run that can be cancelled: when ctx is
// done before the new content replaces the file (before writing starts, or
// at any point up to the rename), the temporary file is removed, path keeps
// its previous content, and the error wraps ctx's error.
func WriteFileContext(ctx context.Context, path string, perm os.FileMode, write func(w io.Writer) error) (err error) {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if fi, statErr := os.Stat(path); statErr == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		perm = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	// Make the rename itself durable. Some file systems cannot sync a
	// directory; the content is already complete, so that is not an error.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// WriteBytes writes data to path atomically; see WriteFile.
func WriteBytes(path string, perm os.FileMode, data []byte) error {
	return WriteFile(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
