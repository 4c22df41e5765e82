from peninsula.show.cli import main

main()
