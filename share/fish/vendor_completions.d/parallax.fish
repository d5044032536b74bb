# fish completion for parallax (installed to share/fish/vendor_completions.d).
# tests/install/run.sh checks it lists every option of `parallax COMMAND --help`.
set -l commands compare facts batch batch-index
complete -c parallax -f -n "not __fish_seen_subcommand_from $commands" -a compare -d 'Compare renderings of one article'
complete -c parallax -f -n "not __fish_seen_subcommand_from $commands" -a facts -d 'Figures, names, titles, quotes in one file'
complete -c parallax -f -n "not __fish_seen_subcommand_from $commands" -a batch -d 'Compare many article sets'
complete -c parallax -f -n "not __fish_seen_subcommand_from $commands" -a batch-index -d 'Write the index of a batch directory'
complete -c parallax -n "not __fish_seen_subcommand_from $commands" -l help -d 'Show the help'
complete -c parallax -n "not __fish_seen_subcommand_from $commands" -l version -d 'Show the version'

complete -c parallax -n "__fish_seen_subcommand_from compare" -s h -l help -d 'Show this help'
complete -c parallax -n "__fish_seen_subcommand_from compare" -s f -l format -x -a 'text json html csv tmx' -d 'Report format'
complete -c parallax -n "__fish_seen_subcommand_from compare" -s o -l output -r -F -d 'Write the report to FILE'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l base -r -F -d 'The rendering the others are compared with'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l color -x -a 'auto always never' -d 'Colour'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l width -x -d 'Side by side in N columns'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l list -d 'One discrepancy per line, FILE:LINE:COL'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l no-pager -d 'Never through a pager'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l lang -x -a 'en zh ru kk und' -d "The files' languages"
complete -c parallax -n "__fish_seen_subcommand_from compare" -s j -l jobs -x -d 'Threads'
complete -c parallax -n "__fish_seen_subcommand_from compare" -l dictionary -r -F -d 'A dictd .index bilingual dictionary'

complete -c parallax -n "__fish_seen_subcommand_from facts" -s h -l help -d 'Show this help'
complete -c parallax -n "__fish_seen_subcommand_from facts" -s f -l format -x -a 'text json' -d 'Output format'

complete -c parallax -n "__fish_seen_subcommand_from batch" -s h -l help -d 'Show this help'
complete -c parallax -n "__fish_seen_subcommand_from batch" -s o -l output -r -a '(__fish_complete_directories)' -d 'The output directory'
complete -c parallax -n "__fish_seen_subcommand_from batch" -s j -l jobs -x -d 'Sets compared at once'
complete -c parallax -n "__fish_seen_subcommand_from batch" -s f -l format -x -a 'html json text csv tmx html,json' -d 'Report formats, comma-separated'
complete -c parallax -n "__fish_seen_subcommand_from batch" -s q -l quiet -d 'No progress on stderr'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l resume -d 'Skip sets whose reports are complete'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l shard -x -d 'K/N: only shard K of N'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l shard-base -x -a '0 1' -d 'The number of the first shard'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l shard-count -x -d 'N for --shard auto'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l differ-exit -x -a '0 1' -d 'The exit status when sets differ'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l jsonl -d 'JSON Lines set descriptions on stdin'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l line-offset -x -d 'Added to every line number of --jsonl'
complete -c parallax -n "__fish_seen_subcommand_from batch" -l base -x -d 'The rendering the others are compared with'

complete -c parallax -n "__fish_seen_subcommand_from batch-index" -s h -l help -d 'Show this help'
complete -c parallax -n "__fish_seen_subcommand_from batch-index" -l partial -d 'Index what is there, naming what is missing'
complete -c parallax -n "__fish_seen_subcommand_from batch-index" -l differ-exit -x -a '0 1' -d 'The exit status when sets differ'
complete -c parallax -n "__fish_seen_subcommand_from batch-index" -a '(__fish_complete_directories)'
