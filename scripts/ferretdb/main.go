// Command ferretdb-embedded runs FerretDB v1 with its SQLite backend as the
// project's embedded MongoDB-compatible store (used when MONGODB_URI is unset).
//
// We embed github.com/FerretDB/FerretDB/ferretdb instead of `go install`ing its
// command because that command panics at start-up: build/version/version.txt is
// git-ignored and absent from the module zip (FerretDB issues 2982 and 4889).
//
// The build (server/store/storeBinary.ts) applies small reviewed patches to
// FerretDB's source, listed in patches/: it copies the module from the Go module
// cache next to the binary, patches the copy and builds with a go.mod that
// replaces the module with it (go build -overlay cannot replace files in the
// module cache). A patch whose expected text is missing fails the build, so an
// upgrade cannot drop one silently.
//
// Today there is one: patches/idIndex.ts makes lookups by _id use the _id index,
// which FerretDB v1.24.2's SQLite backend never did because its query spelled
// the indexed expression differently.
package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (keep it on loopback)")
	dataDir := flag.String("data", "", "directory for the SQLite files, one per database")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad -log-level", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if *dataDir == "" {
		fail("-data is required", nil)
	}
	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		fail("bad -data", err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		fail("cannot create the data directory", err)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		fail("cannot configure FerretDB", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	// The parent holds our stdin open. If the parent dies without stopping us (kill -9),
	// stdin reaches EOF and we exit too, so no orphan keeps the SQLite files open.
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		stop()
	}()

	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fail("FerretDB stopped", err)
	}
}

func fail(message string, err error) {
	if err != nil {
		message += ": " + err.Error()
	}
	os.Stderr.WriteString("ferretdb-embedded: " + message + "\n")
	os.Exit(1)
}
