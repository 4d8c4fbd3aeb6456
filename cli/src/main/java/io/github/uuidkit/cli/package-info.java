/**
 * The uuidkit command line ({@link io.github.uuidkit.cli.UuidCli}: {@code generate}, {@code inspect}, {@code doctor};
 * the runnable {@code uuidkit-cli-<version>-all.jar}). The {@code doctor} command runs the
 * {@link io.github.uuidkit.doctor.Doctor} API of {@code uuidkit-doctor}.
 *
 * <p>User guide, in the project's repository:
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/command-line.md">docs/command-line.md</a> (Command line),
 * <a href="https://github.com/uuidkit/uuidkit/blob/main/docs/doctor.md">docs/doctor.md</a> (Auditing a database).
 */
package io.github.uuidkit.cli;
