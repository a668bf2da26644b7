// Command gcl is golangci-lint v2.15.0 with the hpvet module plugin built
// in, assembled the way `golangci-lint custom` does it (a blank import of
// the plugin beside golangci-lint's own main), for the plugin's end-to-end
// test. `golangci-lint custom` itself clones golangci-lint from GitHub,
// which this build does not need.
package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/hpgo/hpgo/plugin/golangci"
)

func main() {
	info := commands.BuildInfo{Version: "2.15.0-hpvet", Commit: "test", Date: "(test)", GoVersion: "go"}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
