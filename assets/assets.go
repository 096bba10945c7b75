// Package assets embeds the files the app ships: the sample article and the icon.
package assets

import _ "embed"

// SampleName is the sample article's file name.
const SampleName = "000_191b238b1bf7df2c.txt"

// Sample is the article the app opens when given no files.
//
//go:embed 000_191b238b1bf7df2c.txt
var Sample []byte

// Icon is the app icon (PNG, 512x512).
//
//go:embed icon.png
var Icon []byte

// IconSVG is the icon's source.
//
//go:embed icon.svg
var IconSVG []byte
