// Package all registers every store backend; import it for its side effect.
package all

import (
	_ "github.com/chancery/chancery/store/postgres" // postgres://
	_ "github.com/chancery/chancery/store/sqlite"   // sqlite:// and file paths
)
