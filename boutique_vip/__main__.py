from boutique_vip.cli import main

raise SystemExit(main())
