// Package sqlite is the only package that speaks SQL. It opens the database
// with every pragma in the DSN, applies the embedded numbered migrations,
// refuses databases written by a newer version, and implements the domain's
// services on top of transactions that carry a fixed "now".
package sqlite
