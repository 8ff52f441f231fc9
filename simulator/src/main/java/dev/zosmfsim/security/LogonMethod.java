package dev.zosmfsim.security;

/** How a request proved who it is. */
public enum LogonMethod { PASSWORD, CERTIFICATE, JWT_TOKEN, LTPA_TOKEN }
