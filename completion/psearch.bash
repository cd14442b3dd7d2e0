# completion/psearch.bash: bash completion for psearch and psearch-index
# (bin/query and bin/indexer in the source tree).  Installed by make install
# under both names in share/bash-completion/completions; options come from
# the lists below, file names for the options that take a file.

_psearch()
{
	local cur prev
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	case $prev in
	--db|--batch|--claims-from) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--wordnet) COMPREPLY=($(compgen -d -- "$cur")); return ;;
	--color|--colour) COMPREPLY=($(compgen -W 'auto always never' -- "$cur")); return ;;
	--syntax) COMPREPLY=($(compgen -W 'default raw' -- "$cur")); return ;;
	-n|--limit|--offset|--per-source|--source|-e|--regexp|--quote|--weights|--k1|--b|--title-b|--k3|\
	--coverage|--source-decay|--expand|--expand-passages|--expand-weight|--rerank-depth|\
	--synonyms|--threads)
		return ;;
	esac
	case $cur in
	-*) COMPREPLY=($(compgen -W '-e --regexp --db -n --limit --offset --source
	    --by-source -l -c -q --quiet --all-words --no-fallback --claim --quote --copies --per-source
	    --batch --claims-from --html --threads --syntax --weights --k1 --b --title-b --k3
	    --source-decay --coverage --expand --expand-passages --expand-weight
	    --rerank-depth --synonyms --wordnet --exhaustive --json --tsv
	    --csv --header --color --explain --analyze -h --help --version' -- "$cur")) ;;
	esac
}

_psearch_index()
{
	local cur prev
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	case $cur in
	-*) COMPREPLY=($(compgen -W '--db --rebuild --check -q --quiet -v --verbose
	    --list-skipped --pdf-timeout --export-bulk --export-mapping --export-index -h
	    --help --version' -- "$cur")) ;;
	*) COMPREPLY=($(compgen -f -- "$cur")) ;;
	esac
	case $prev in
	--db|--export-bulk|--export-mapping) COMPREPLY=($(compgen -f -- "$cur")) ;;
	--export-index) COMPREPLY=() ;;
	esac
}

complete -F _psearch psearch
complete -F _psearch_index psearch-index
