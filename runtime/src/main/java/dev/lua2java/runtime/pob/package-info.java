/**
 * What Path of Building's headless mode expects from its host, provided natively: the host globals and
 * the native modules PoB requires (lua-utf8).
 */
package dev.lua2java.runtime.pob;
