"""The volunteer module's screens: register, hours ledger, certificates, rota grid and the kiosk."""
