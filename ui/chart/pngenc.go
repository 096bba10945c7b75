package chart

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// writeOpaquePNG encodes an opaque chart image as an 8-bit RGB PNG. The standard
// encoder tries five row filters on every row and checks the whole image for
// transparency first, more than half of an export's time; a chart is opaque (Render
// lays it on its background) and mostly horizontal bands, for which the "Up" filter
// alone compresses about as well. The output is a plain, valid PNG, byte for byte the
// same for the same image.
func writeOpaquePNG(w io.Writer, img *image.RGBA) error {
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()
	bw := bufio.NewWriter(w)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(width))
	binary.BigEndian.PutUint32(hdr[4:], uint32(height))
	hdr[8], hdr[9] = 8, 2 // 8 bits per sample, truecolour; compression, filter, interlace 0
	if err := writeChunk(bw, "IHDR", hdr[:]); err != nil {
		return err
	}
	idat := &chunkWriter{w: bw, name: "IDAT"}
	zw, err := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	if err != nil {
		return err
	}
	row := make([]byte, 1+3*width)
	zero := make([]byte, 4*width)
	prev := zero
	for y := 0; y < height; y++ {
		off := (y+b.Min.Y-img.Rect.Min.Y)*img.Stride + (b.Min.X-img.Rect.Min.X)*4
		cur := img.Pix[off : off+4*width]
		row[0] = 2 // Up: each byte minus the one above
		out := row[1:]
		for i, o := 0, 0; i+3 < len(cur) && o+2 < len(out); i, o = i+4, o+3 {
			out[o] = cur[i] - prev[i]
			out[o+1] = cur[i+1] - prev[i+1]
			out[o+2] = cur[i+2] - prev[i+2]
		}
		if _, err := zw.Write(row); err != nil {
			return err
		}
		prev = cur
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := idat.flush(); err != nil {
		return err
	}
	if err := writeChunk(bw, "IEND", nil); err != nil {
		return err
	}
	return bw.Flush()
}

func writeChunk(w io.Writer, name string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, p := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// chunkWriter gathers compressed bytes into IDAT chunks of up to 64 KB.
type chunkWriter struct {
	w    io.Writer
	name string
	buf  []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	c.buf = append(c.buf, p...)
	for len(c.buf) >= 1<<16 {
		if err := writeChunk(c.w, c.name, c.buf[:1<<16]); err != nil {
			return 0, err
		}
		c.buf = c.buf[1<<16:]
	}
	return len(p), nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	err := writeChunk(c.w, c.name, c.buf)
	c.buf = c.buf[:0]
	return err
}
