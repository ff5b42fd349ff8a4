package zipx

import (
	"archive/zip"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"
)

// Digest is a fingerprint of a zip's contents read from its directory
// alone, without unpacking anything: the sha256 of every entry's name,
// unpacked size and CRC-32, in name order, leaving out the entry named
// skip. Two zips with the same digest hold the same parts, however they
// were compressed; it is as trustworthy as the CRC-32s, which is enough to
// tell a file that was changed from one that was not, not to resist a
// forger.
func Digest(r *zip.Reader, skip string) string {
	files := slices.Clone(r.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return cmp.Compare(a.Name, b.Name) })
	h := sha256.New()
	var n [12]byte
	for _, f := range files {
		if f.Name == skip {
			continue
		}
		binary.LittleEndian.PutUint64(n[:8], f.UncompressedSize64)
		binary.LittleEndian.PutUint32(n[8:], f.CRC32)
		h.Write([]byte(f.Name))
		h.Write([]byte{0})
		h.Write(n[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}
