/**
 * The uuidkit command line ({@link io.github.uuidkit.cli.UuidCli}: {@code generate}, {@code inspect}, {@code doctor};
 * the runnable {@code uuidkit-cli-<version>-all.jar}) and the {@link io.github.uuidkit.cli.Doctor} API, which audits
 * the UUID columns of an existing PostgreSQL, MySQL or MariaDB database into a {@link io.github.uuidkit.cli.DoctorReport}.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/doctor.md">docs/doctor.md</a> (Auditing a database),
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/command-line.md">docs/command-line.md</a> (Command line).
 */
package io.github.uuidkit.cli;
